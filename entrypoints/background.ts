export default defineBackground(() => {
  // The ledger service is registered here (see utils/ledger and utils/messaging).
});
