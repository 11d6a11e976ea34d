-- The floor: one durable single-row insert per transaction (pgbench, as the superuser).
insert into bench_floor (user_id) values ('u');
