-- Meetings (34 CFR 300.321-300.322): the meeting, its team (invitees, the family's answer, attendance,
-- excusals, signatures) and the log of attempts to reach the parents (300.322(d)).
-- The meeting's day and start time are the district's local day and time (what the notice says);
-- starts_at is the same moment as an instant, computed with the district's time zone when written.

CREATE TABLE meetings (
  id                    uuid PRIMARY KEY,
  district_id           uuid NOT NULL REFERENCES districts(id),
  student_id            uuid NOT NULL REFERENCES students(id),
  purpose               text NOT NULL CHECK (purpose IN ('initial','annual','amendment','reevaluation','transition','manifestation_determination','other')),
  purpose_note          text NOT NULL DEFAULT '',
  meeting_date          date NOT NULL,
  start_time            text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  starts_at             timestamptz NOT NULL,
  time_zone             text NOT NULL,
  duration_minutes      integer NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 5 AND 600),
  location              text NOT NULL DEFAULT '',
  video_link            text NOT NULL DEFAULT '',
  status                text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','held','cancelled')),
  -- Postsecondary goals and transition services will be considered (300.321(b)(1), 300.322(b)(2)).
  transition_discussed  boolean NOT NULL DEFAULT false,
  -- The student is, or may be, in the regular education environment (300.321(a)(2)).
  student_in_regular_class boolean NOT NULL DEFAULT true,
  -- The written notice (300.322(b)): when it went out, how, in which language; and, when it went out later than
  -- the profile's lead time, the day the parent agreed to the shorter notice.
  notice_sent_on        date,
  notice_method         text CHECK (notice_method IN ('mail','email','hand_delivered','portal','other')),
  notice_language       text,
  shorter_notice_agreed_on date,
  shorter_notice_note   text NOT NULL DEFAULT '',
  minutes               text NOT NULL DEFAULT '',
  -- The plan version the meeting produced.
  plan_id               uuid REFERENCES plans(id),
  plan_version          integer,
  held_at               timestamptz,
  held_by_name          text,
  cancelled_at          timestamptz,
  cancel_reason         text,
  created_by            uuid REFERENCES users(id),
  created_by_name       text NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  version               integer NOT NULL DEFAULT 1,
  CHECK ((plan_id IS NULL) = (plan_version IS NULL))
);
CREATE INDEX meetings_student ON meetings(student_id, meeting_date);
CREATE INDEX meetings_district_date ON meetings(district_id, meeting_date);

CREATE TABLE meeting_participants (
  id                    uuid PRIMARY KEY,
  district_id           uuid NOT NULL REFERENCES districts(id),
  meeting_id            uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  role                  text NOT NULL CHECK (role IN ('parent','general_education_teacher','special_education_teacher','special_education_provider','district_representative','evaluation_interpreter','student','agency','other')),
  name                  text NOT NULL,
  title                 text NOT NULL DEFAULT '',
  user_id               uuid REFERENCES users(id),
  guardian_id           uuid REFERENCES guardians(id),
  -- Can interpret the instructional implications of evaluation results (300.321(a)(5)); may be another member.
  interprets_evaluations boolean NOT NULL DEFAULT false,
  invited               boolean NOT NULL DEFAULT true,
  -- The family's answer to the invitation.
  response              text NOT NULL DEFAULT 'pending' CHECK (response IN ('pending','accepted','declined','proposed_other_time')),
  proposed_date         date,
  proposed_time         text CHECK (proposed_time IS NULL OR proposed_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  response_note         text NOT NULL DEFAULT '',
  responded_at          timestamptz,
  attendance            text NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown','attended','absent','excused')),
  attended_by           text CHECK (attended_by IS NULL OR attended_by IN ('in_person','phone','video')),
  -- Excusal (300.321(e)): the parent's written agreement; whether the member's area is discussed; their written input.
  excusal_agreed_on     date,
  area_discussed        boolean NOT NULL DEFAULT false,
  written_input_on      date,
  -- A participating agency is invited only with the parent's (or adult student's) consent (300.321(b)(3)).
  agency_consent_on     date,
  signature_name        text,
  signed_at             timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (response <> 'proposed_other_time' OR proposed_date IS NOT NULL),
  CHECK ((signature_name IS NULL) = (signed_at IS NULL))
);
CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id);
CREATE INDEX meeting_participants_user ON meeting_participants(user_id) WHERE user_id IS NOT NULL;
CREATE INDEX meeting_participants_guardian ON meeting_participants(guardian_id) WHERE guardian_id IS NOT NULL;

-- Attempts to arrange a time with the parents (300.322(d)): kept even when the meeting is cancelled.
CREATE TABLE meeting_contact_attempts (
  id               uuid PRIMARY KEY,
  district_id      uuid NOT NULL REFERENCES districts(id),
  meeting_id       uuid NOT NULL REFERENCES meetings(id),
  attempted_at     timestamptz NOT NULL,
  method           text NOT NULL CHECK (method IN ('phone','email','letter','home_visit','portal','in_person')),
  outcome          text NOT NULL CHECK (outcome IN ('reached','no_answer','left_message','returned','declined','other')),
  note             text NOT NULL DEFAULT '',
  recorded_by      uuid REFERENCES users(id),
  recorded_by_name text NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_contact_attempts_meeting ON meeting_contact_attempts(meeting_id, attempted_at);
