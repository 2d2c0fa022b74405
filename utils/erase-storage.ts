// "Erase everything" beyond the ledger: every item the extension keeps in `storage.local` and
// `storage.session` — dismissed suggestions, fired reminders, the digest's last day, the panel's
// shown/hidden state, and any item added later — is removed with the area itself, so that no list
// of keys can fall behind. The settings (`storage.sync`: the agent's name, hours, wording, hosts)
// are the extension's configuration, not the agent's data, and stay. Extension pages only.
export async function eraseExtensionStorage(): Promise<void> {
  await Promise.all([browser.storage.local.clear(), browser.storage.session?.clear()]);
}
