-- Lists read every activity's audiences; a per-row subquery over activity_audience
-- cost a fifth of a list request. Keep them also as one comma-separated column,
-- maintained by triggers in the same transaction (a derived cache of activity_audience).
ALTER TABLE activity ADD COLUMN audience_list TEXT NOT NULL DEFAULT '';

UPDATE activity SET audience_list = coalesce(
    (SELECT group_concat(audience, ',') FROM (SELECT audience FROM activity_audience
     WHERE activity_id = activity.id ORDER BY position)), '');

CREATE TRIGGER activity_audience_list_insert AFTER INSERT ON activity_audience BEGIN
    UPDATE activity SET audience_list = coalesce(
        (SELECT group_concat(audience, ',') FROM (SELECT audience FROM activity_audience
         WHERE activity_id = new.activity_id ORDER BY position)), '')
    WHERE id = new.activity_id;
END;

CREATE TRIGGER activity_audience_list_delete AFTER DELETE ON activity_audience BEGIN
    UPDATE activity SET audience_list = coalesce(
        (SELECT group_concat(audience, ',') FROM (SELECT audience FROM activity_audience
         WHERE activity_id = old.activity_id ORDER BY position)), '')
    WHERE id = old.activity_id;
END;
