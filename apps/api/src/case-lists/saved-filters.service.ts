import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { toErrorDetails } from '../common/validation';
import { SavedFilter } from '../cases/saved-filter.entity';
import type { User } from '../users/user.entity';
import { CaseListQueryDto } from './dto/case-list-query.dto';
import type { CreateSavedFilterDto, SavedFilterDto } from './dto/saved-filter.dto';

/** Case-list filters a staff member named and kept; each person sees only their own. */
@Injectable()
export class SavedFiltersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: User): Promise<SavedFilterDto[]> {
    const filters = await this.dataSource
      .getRepository(SavedFilter)
      .createQueryBuilder('filter')
      .where('filter.userId = :userId', { userId: user.id })
      // Unaccented, so that "À prendre" sorts with the a's under any collation.
      .orderBy('lower(essaim_unaccent(lower(filter.name)))')
      .addOrderBy('filter.id')
      .getMany();
    return filters.map(toDto);
  }

  async create(user: User, request: CreateSavedFilterDto): Promise<SavedFilterDto> {
    await checkListQuery(request.query);
    const repository = this.dataSource.getRepository(SavedFilter);
    if (await repository.existsBy({ userId: user.id, name: request.name })) throw nameTaken();
    try {
      return toDto(await repository.save({ userId: user.id, name: request.name, query: request.query }));
    } catch (error) {
      // Two saves of one name at once: the unique index keeps one.
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw nameTaken();
      throw error;
    }
  }

  async remove(user: User, id: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(SavedFilter).delete({ id, userId: user.id });
    if (!affected) throw notFound('Saved filter');
  }
}

/** A saved query replays as a list query: the list's own rules, fields named `query.<key>`. */
async function checkListQuery(query: Record<string, unknown>): Promise<void> {
  const errors = await validate(plainToInstance(CaseListQueryDto, query), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'The request is not valid.', toErrorDetails(errors, 'query'));
  }
}

function nameTaken(): AppError {
  return new AppError('conflict', 'You already have a saved filter with this name: choose another name.');
}

function toDto(filter: SavedFilter): SavedFilterDto {
  return { id: filter.id, name: filter.name, query: filter.query, createdAt: filter.createdAt.toISOString() };
}
