import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, IsString, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

/** May be left out of an edit, but not sent as null: the column has no "none". */
export const Omittable = () => ValidateIf((_object, value) => value !== undefined);

/** A text typed by someone: kept as typed but for surrounding blanks, never blank. */
export const TextField = (options: { required: boolean; maxLength: number; description?: string }) =>
  applyDecorators(
    ApiProperty({
      required: options.required,
      minLength: 1,
      maxLength: options.maxLength,
      description: options.description,
    }),
    options.required ? IsDefined() : Omittable(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MinLength(1),
    MaxLength(options.maxLength),
  );

export const VersionField = () =>
  applyDecorators(
    ApiProperty({ type: 'integer', description: 'The version this edit starts from: a stale one is a 409.' }),
    IsInt(),
    Min(1),
  );
