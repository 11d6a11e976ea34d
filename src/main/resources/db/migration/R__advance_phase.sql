-- PhaseRules.due (phase/PhaseRules.java, which stays the definition) on the locked profile row with its
-- totals updated: moves the phase on (at most twice), records each transition with its celebration, and
-- returns them as [{from, to, cause, title, message}]. The thresholds and celebration texts come from Java
-- in p_phase_rules (LearningPhases.sqlRules).
create or replace function advance_phase(profile user_preference_profile, p_phase_rules jsonb,
    out transitions jsonb, out phase text)
    language plpgsql
as $$
declare
    moved_at timestamptz := profile.last_activity_at;
    start_at timestamptz := coalesce(profile.phase_baseline_at, profile.first_activity_at);
    tz text := profile.timezone;
    rule jsonb;
    cause text;
    celebration jsonb;
    days integer := 0;
    tasks integer := greatest(0, profile.total_completed - profile.phase_baseline_completed);
begin
    transitions := '[]';
    phase := profile.current_learning_phase;
    if moved_at is null then
        return;
    end if;
    if start_at is not null and moved_at >= start_at then
        days := (moved_at at time zone tz)::date - (start_at at time zone tz)::date;
    end if;
    loop
        rule := p_phase_rules -> phase;
        exit when rule is null;
        if tasks >= (rule ->> 'min_tasks')::integer then
            cause := 'tasks';
        elsif days >= (rule ->> 'min_days')::integer then
            cause := 'days';
        else
            exit;
        end if;
        celebration := rule -> 'celebrations' -> cause;
        insert into learning_phase_transitions (user_id, from_phase, to_phase, cause, transitioned_at,
            celebration_title, celebration_message)
        values (profile.user_id, phase, rule ->> 'to', cause, moved_at, celebration ->> 'title', celebration ->> 'message');
        transitions := transitions || jsonb_build_object('from', phase, 'to', rule ->> 'to', 'cause', cause,
            'title', celebration ->> 'title', 'message', celebration ->> 'message');
        phase := rule ->> 'to';
    end loop;
    if jsonb_array_length(transitions) > 0 then
        update user_preference_profile set current_learning_phase = phase, phase_started_at = moved_at
        where user_id = profile.user_id;
    end if;
end
$$;
