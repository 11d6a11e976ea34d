-- A count of the pooled priors asked for on one instance (POST /api/v1/priors/refresh) reaches the others: the
-- asking instance raises the generation, and every instance counts again when it sees a generation it has not
-- counted (it looks every 15 seconds: one row read by its key). Not per-user data: one row, no user id; only
-- the service role reads or writes it (R__row_level_security.sql).
create table priors_refresh_requests (
    singleton    boolean primary key default true check (singleton),
    generation   bigint not null check (generation >= 1),
    requested_at timestamptz not null
);
