import { schoolCallerOf } from '../access';
import { route } from '../api';
import * as contract from './bin.contract';
import { purgeAccountNow, purgeClassNow } from './bin-purge.service';
import { binDepsOf, listBin, restoreAccount, restoreClass } from './bin.service';
import type { ClassRouteDependencies } from './classes.routes';

export function binRoutes(deps: ClassRouteDependencies) {
  const bin = binDepsOf(deps);
  return [
    route(contract.listBin, ({ req }) => listBin(bin, schoolCallerOf(req))),
    route(contract.restoreAccount, ({ req, params }) => restoreAccount(bin, schoolCallerOf(req), params.id)),
    route(contract.purgeAccount, ({ req, params }) => purgeAccountNow(bin, schoolCallerOf(req), params.id)),
    route(contract.restoreClass, ({ req, params }) => restoreClass(bin, schoolCallerOf(req), params.id)),
    route(contract.purgeClass, ({ req, params }) => purgeClassNow(bin, schoolCallerOf(req), params.id)),
  ];
}
