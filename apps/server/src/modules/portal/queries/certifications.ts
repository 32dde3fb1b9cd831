import type { DataSource } from 'typeorm';
import { WorkerCertificationEntity } from '../../planner/entities/worker-certification.entity.js';
import { toCertification } from '../../planner/mappers/certification.mapper.js';
import type { CertificationType } from '../../planner/types/certification.type.js';
import type { Worker } from '../worker.js';
import { workerToday } from '../worker-today.js';

/** My Certifications: what a scheduler assigned, by name. */
export async function listCertifications(dataSource: DataSource, worker: Worker): Promise<CertificationType[]> {
  const rows = await dataSource.getRepository(WorkerCertificationEntity).find({
    where: { tenantId: worker.tenantId, userId: worker.userId },
    order: { name: 'ASC', createdAt: 'ASC' },
  });
  const today = await workerToday(dataSource, worker);
  return rows.map((row) => toCertification(row, today));
}
