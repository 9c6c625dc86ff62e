import { Module } from '@nestjs/common';
import { DirectoryAdminController } from './directory-admin.controller';
import { DirectoryAdminService } from './directory-admin.service';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';

@Module({
  controllers: [DirectoryController, DirectoryAdminController],
  providers: [DirectoryService, DirectoryAdminService],
})
export class DirectoryModule {}
