import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [ProjectsModule],
  controllers: [CasesController],
  providers: [CasesService],
})
export class CasesModule {}
