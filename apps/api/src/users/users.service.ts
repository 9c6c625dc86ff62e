import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from './user.entity';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The user of a session, with what the shell shows; null when gone or disabled. */
  findActiveById(id: string): Promise<User | null> {
    return this.users.findOne({
      where: { id, status: 'active' },
      relations: { territory: true, organisation: true },
    });
  }

  /** With the password hash, for login only. */
  findByEmailWithPassword(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = :email', { email: normaliseEmail(email) })
      .getOne();
  }
}
