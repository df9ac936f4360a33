"""pandas, Dask and Spark integration tests; each module skips itself when its package is absent."""
