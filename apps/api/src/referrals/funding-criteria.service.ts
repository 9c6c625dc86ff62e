import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { Offer } from '../directory/offer.entity';
import type { User } from '../users/user.entity';
import type { FundingCriterionDto, SaveFundingCriteriaDto } from './dto/referral.dto';
import { FundingCriterion } from './funding-criterion.entity';

/**
 * The scoring grid of a funding offer, set by the admins of the offer's territory. Replacing it
 * keeps reviews as they are: their scores are by criterion id, and a criterion no longer in the
 * grid no longer counts in their weighted score.
 */
@Injectable()
export class FundingCriteriaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: User, offerId: string): Promise<FundingCriterionDto[]> {
    const manager = this.dataSource.manager;
    await fundingOfferOf(manager, user, offerId);
    return gridOf(manager, offerId);
  }

  async replace(
    user: User,
    offerId: string,
    request: SaveFundingCriteriaDto,
  ): Promise<FundingCriterionDto[]> {
    await this.dataSource.transaction(async (manager) => {
      await fundingOfferOf(manager, user, offerId, true);
      await manager.delete(FundingCriterion, { offerId });
      if (request.criteria.length > 0) {
        await manager.insert(
          FundingCriterion,
          request.criteria.map((criterion, position) => ({
            offerId,
            label: criterion.label,
            weight: criterion.weight,
            scale: criterion.scale,
            position,
          })),
        );
      }
    });
    return gridOf(this.dataSource.manager, offerId);
  }
}

/** A funding offer of the admin's territory, or a 404. */
async function fundingOfferOf(
  manager: EntityManager,
  user: User,
  offerId: string,
  lock = false,
): Promise<Offer> {
  if (!user.territoryId) throw notFound('Offer');
  const query = manager
    .getRepository(Offer)
    .createQueryBuilder('offer')
    .where("offer.id = :offerId AND offer.territoryId = :territoryId AND offer.kind = 'funding'", {
      offerId,
      territoryId: user.territoryId,
    });
  if (lock) query.setLock('pessimistic_write');
  const offer = await query.getOne();
  if (!offer) throw notFound('Offer');
  return offer;
}

async function gridOf(manager: EntityManager, offerId: string): Promise<FundingCriterionDto[]> {
  const rows = await manager.find(FundingCriterion, { where: { offerId }, order: { position: 'ASC' } });
  return rows.map(({ id, label, weight, scale, position }) => ({ id, label, weight, scale, position }));
}
