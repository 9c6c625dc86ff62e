import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunesService } from './communes.service';
import { Organisation } from './organisation.entity';
import { TerritoriesController } from './territories.controller';
import { Territory } from './territory.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Territory, Organisation])],
  controllers: [TerritoriesController],
  providers: [CommunesService],
})
export class TerritoriesModule {}
