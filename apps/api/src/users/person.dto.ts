import { ApiProperty } from '@nestjs/swagger';

/** Someone as others see them on a case: a name, never an email. */
export class PersonDto {
  @ApiProperty() id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export function toPerson(user: { id: string; firstName: string; lastName: string }): PersonDto {
  return { id: user.id, firstName: user.firstName, lastName: user.lastName };
}
