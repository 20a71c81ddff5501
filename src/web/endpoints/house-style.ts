import { apiRequest } from './request';
import type { HouseStyle, HouseStyleUpdate } from './types';

export function getHouseStyle(): Promise<HouseStyle> {
  return apiRequest<HouseStyle>('GET', '/api/v1/house-style');
}

export function updateHouseStyle(update: HouseStyleUpdate): Promise<HouseStyle> {
  return apiRequest<HouseStyle>('PUT', '/api/v1/house-style', { body: update });
}
