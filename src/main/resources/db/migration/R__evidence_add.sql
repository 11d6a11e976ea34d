-- Evidence.add (profile/Evidence.java, which stays the definition): the decayed, weighted mean of outcome
-- signals, as (value, weight, as_of). Weights halve every 14 days of event time, counted in whole seconds as
-- Java's Duration.toSeconds does. PostgreSQL raises an underflow where Java's Math.pow returns 0, so past
-- 1,070 half-lives (41 years: the first event after Evidence.NONE's epoch) the decay is 0 outright.
-- evidence_add_signal() takes the signal and its weight; evidence_add() derives them from a feedback
-- (not done 0, done 0.8, rated (rating - 1) / 4 with twice the weight); settle_not_reported() passes the
-- weak signal of a task left not reported. RecordFeedbackRulesTest and NotReportedRulesTest hold both to Java.
-- PL/pgSQL rather than SQL: its expressions are planned once per session, where a non-inlined SQL function
-- is planned per call.
create or replace function evidence_add_signal(
    old_value double precision, old_weight double precision, as_of timestamptz,
    signal double precision, signal_weight double precision, event_at timestamptz,
    out new_value double precision, out new_weight double precision, out new_as_of timestamptz)
    language plpgsql immutable
as $$
declare
    late boolean := event_at < as_of;
    half_lives double precision := floor(extract(epoch from
        case when late then as_of - event_at else event_at - as_of end)) / (14 * 24 * 3600);
    decay double precision := case when half_lives > 1070 then 0 else power(0.5::double precision, half_lives) end;
    added double precision := signal_weight;
    kept double precision := old_weight;
begin
    if late then
        added := signal_weight * decay;
    else
        kept := old_weight * decay;
    end if;
    new_weight := kept + added;
    new_value := (old_value * kept + signal * added) / new_weight;
    new_as_of := greatest(as_of, event_at);
end
$$;

create or replace function evidence_add(
    old_value double precision, old_weight double precision, as_of timestamptz,
    completed boolean, rating integer, event_at timestamptz,
    out new_value double precision, out new_weight double precision, out new_as_of timestamptz)
    language plpgsql immutable
as $$
begin
    select e.new_value, e.new_weight, e.new_as_of into new_value, new_weight, new_as_of
    from evidence_add_signal(old_value, old_weight, as_of,
        case when not completed then 0 when rating is null then 0.8 else (rating - 1) / 4.0 end,
        case when rating is null then 1.0 else 2.0 end, event_at) e;
end
$$;

-- Evidence.replace: the evidence as if the outcome (was_completed, was_rating) added at event_at had been
-- (now_completed, now_rating); its decayed share is swapped, so a same-day correction reads no history.
create or replace function evidence_replace(
    old_value double precision, old_weight double precision, as_of timestamptz, event_at timestamptz,
    was_completed boolean, was_rating integer, now_completed boolean, now_rating integer,
    out new_value double precision, out new_weight double precision, out new_as_of timestamptz)
    language plpgsql immutable
as $$
declare
    half_lives double precision := floor(extract(epoch from greatest(as_of - event_at, interval '0'))) / (14 * 24 * 3600);
    decay double precision := case when half_lives > 1070 then 0 else power(0.5::double precision, half_lives) end;
    was_weight double precision := case when was_rating is null then 1.0 else 2.0 end;
    now_weight double precision := case when now_rating is null then 1.0 else 2.0 end;
    was_signal double precision := case when not was_completed then 0 when was_rating is null then 0.8
                                        else (was_rating - 1) / 4.0 end;
    now_signal double precision := case when not now_completed then 0 when now_rating is null then 0.8
                                        else (now_rating - 1) / 4.0 end;
begin
    new_as_of := as_of;
    new_weight := greatest(0, old_weight + (now_weight - was_weight) * decay);
    if new_weight = 0 then
        new_value := 0.5;
        return;
    end if;
    new_value := least(1, greatest(0,
        (old_value * old_weight + (now_signal * now_weight - was_signal * was_weight) * decay) / new_weight));
end
$$;
