"""Store backends, chosen by location in statgraph.store.open_store."""
