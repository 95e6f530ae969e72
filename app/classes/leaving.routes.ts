import { schoolCallerOf } from '../access';
import { route } from '../api';
import { binDepsOf } from './bin.service';
import type { ClassRouteDependencies } from './classes.routes';
import * as contract from './leaving.contract';
import { deleteOwnTeacherAccount, leavingPlan } from './leaving.service';

export function leavingRoutes(deps: ClassRouteDependencies) {
  const bin = binDepsOf(deps);
  return [
    route(contract.leavingPlan, ({ req }) => leavingPlan(bin, schoolCallerOf(req))),
    route(contract.deleteOwnAccount, ({ req, body }) =>
      deleteOwnTeacherAccount(bin, schoolCallerOf(req), body.handovers),
    ),
  ];
}
