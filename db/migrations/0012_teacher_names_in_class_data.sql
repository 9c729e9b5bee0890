-- The class page (cached under the class's token like the reports, migration 0011) shows an
-- administrator the class's teacher by name: a teacher's new name moves the tokens of the classes
-- they teach too, not only of those a student is in.
CREATE OR REPLACE FUNCTION users_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_class_data(array_agg(c.class_id))
  FROM before b JOIN changed n ON n.id = b.id
  JOIN LATERAL (
    SELECT e.class_id FROM enrollments e WHERE e.student_id = n.id
    UNION ALL
    SELECT k.id FROM classes k WHERE k.teacher_id = n.id AND b.name IS DISTINCT FROM n.name
  ) c ON true
  WHERE (b.name, b.username, b.email) IS DISTINCT FROM (n.name, n.username, n.email);
  RETURN NULL;
END
$$;
