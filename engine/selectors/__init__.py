"""Read paths: querysets the pages, the API and the flows list from."""
