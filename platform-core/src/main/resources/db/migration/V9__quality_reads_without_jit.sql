-- PostgreSQL's JIT compiler judges the ranking of 10,000 outlets expensive enough to compile, and the compiling
-- then costs four times the query: 364 ms of 461 ms for quality_ranking over a quarter (bench/quality.sh, 10,000
-- outlets, 10,000,000 repairs), 94 ms without. Both functions read a few tens of thousands of monthly rows; they
-- never profit from compiled expressions. A SET clause also keeps them from being inlined into the caller's plan,
-- so the caller's query stays cheap enough not to be compiled either.
ALTER FUNCTION quality_ranking(date, date) SET jit = off;
ALTER FUNCTION quality_rank(bigint, date, date) SET jit = off;
