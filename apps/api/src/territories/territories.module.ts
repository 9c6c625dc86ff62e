import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from './organisation.entity';
import { TerritoriesController } from './territories.controller';
import { Territory } from './territory.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Territory, Organisation])],
  controllers: [TerritoriesController],
})
export class TerritoriesModule {}
