import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseFileEntity, CourseVersionEntity } from '@sankofa/db';
import type { Response } from 'express';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { decodeFileContent } from '@sankofa/db';

const SHA256 = /^[0-9a-f]{64}$/;
const TYPES: Record<string, string> = { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8' };

/**
 * Public data files of published course versions (training data, rows to predict), at a
 * content-addressed URL: the address changes when the content does, so the file is cached for
 * good and a repeat visit on a slow connection downloads nothing. Hidden files never match.
 */
@Controller('files')
export class CourseFilesController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':sha256/:name')
  async download(@Param('sha256') sha256: string, @Param('name') name: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() res: Response): Promise<void> {
    if (!SHA256.test(sha256)) throw new NotFoundException();
    const file = await this.db
      .getRepository(CourseFileEntity)
      .createQueryBuilder('f')
      .innerJoin(CourseVersionEntity, 'v', 'v.id = f.version_id')
      .where({ sha256, hidden: false })
      .andWhere('v.number IS NOT NULL')
      .getOne();
    if (!file || path.posix.basename(file.path) !== name) throw new NotFoundException();
    const etag = `"${sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (ifNoneMatch === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`);
    res.send(decodeFileContent(file));
  }
}
