"""Scale benchmarks: ingest throughput, query latency and memory (`make bench`)."""
