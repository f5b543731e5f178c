/** A resource's screens, kept only where the role may use them: no button leads to a 403. */
import type { ComponentType } from 'react';
import type { ResourceName } from '../../../cms/constants/access';
import type { StaffRole } from '../../../cms/constants/roles';
import { can } from './access';

export type ResourceScreens = {
  list?: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string;
};

export const screensFor = (
  role: StaffRole | null,
  resource: ResourceName,
  screens: ResourceScreens,
): ResourceScreens => ({
  icon: screens.icon,
  recordRepresentation: screens.recordRepresentation,
  list: can(role, resource, 'find') ? screens.list : undefined,
  show: can(role, resource, 'findOne') ? screens.show : undefined,
  create: can(role, resource, 'create') ? screens.create : undefined,
  edit: can(role, resource, 'update') ? screens.edit : undefined,
});
