import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import type { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** Every file under a folder, at any depth. */
const filesUnder = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

/** The behaviour both storages share. */
function behavesLikeAStorage(storage: () => FileStorage) {
  it('gives back the bytes stored under a key, until they are deleted', async () => {
    const key = randomUUID();
    await storage().put(key, Buffer.from('Statuts de la coopérative'), 'text/plain');
    expect(await text(await storage().get(key))).toBe('Statuts de la coopérative');
    await storage().delete(key);
    await expect(storage().get(key)).rejects.toThrow();
    // Deleting what is not there is no error: a failed upload's clean-up may run twice.
    await expect(storage().delete(key)).resolves.toBeUndefined();
  });

  it('refuses a key that could name another folder', async () => {
    for (const key of ['../escape', 'a/b', 'a\\b', '..', '.hidden', '']) {
      await expect(storage().put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow('Invalid storage key');
      await expect(storage().get(key)).rejects.toThrow('Invalid storage key');
      await expect(storage().delete(key)).rejects.toThrow('Invalid storage key');
    }
  });
}

describe('LocalFileStorage', () => {
  const parent = mkdtempSync(join(tmpdir(), 'essaim-storage-'));
  const root = join(parent, 'files');
  const storage: FileStorage = new LocalFileStorage(root);
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  behavesLikeAStorage(() => storage);

  it('creates its folders and leaves no partial file behind', async () => {
    const key = randomUUID();
    await storage.put(key, Buffer.from('plan'), 'text/plain');
    expect(filesUnder(root)).toEqual([key]);
    await storage.delete(key);
    expect(filesUnder(root)).toEqual([]);
  });
});

/** Just enough of S3's REST API, path-style, to see what the client sends. */
function fakeS3(objects: Map<string, { body: Buffer; contentType: string }>): Server {
  const body = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  return createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://s3').pathname);
      if (request.method === 'PUT') {
        objects.set(path, { body: await body(request), contentType: request.headers['content-type'] ?? '' });
        response.writeHead(200, { ETag: '"etag"' }).end();
      } else if (request.method === 'GET' && objects.has(path)) {
        const object = objects.get(path)!;
        response
          .writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.body.length })
          .end(object.body);
      } else if (request.method === 'GET') {
        response
          .writeHead(404, { 'Content-Type': 'application/xml' })
          .end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>');
      } else if (request.method === 'DELETE') {
        objects.delete(path);
        response.writeHead(204).end();
      } else {
        response.writeHead(405).end();
      }
    })();
  });
}

describe('S3FileStorage', () => {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const server = fakeS3(objects);
  let storage: S3FileStorage;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    storage = new S3FileStorage({
      bucket: 'essaim-files',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test-secret' },
      forcePathStyle: true,
    });
  });
  afterAll(async () => {
    storage.close();
    await new Promise((resolve) => server.close(resolve));
  });

  behavesLikeAStorage(() => storage);

  it('puts the object in the bucket under its key, with its type', async () => {
    const key = randomUUID();
    await storage.put(key, Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(objects.get(`/essaim-files/${key}`)).toEqual({
      body: Buffer.from('%PDF-1.4'),
      contentType: 'application/pdf',
    });
  });
});
