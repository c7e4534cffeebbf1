/** Test helpers for sources: the contract suite every source adapter is held to. */
export { describeSourceContract } from './test-support/source-contract.suite';
export type { ContractDatabase, ContractSubject } from './test-support/source-contract.suite';
