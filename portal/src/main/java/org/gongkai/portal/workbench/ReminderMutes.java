package org.gongkai.portal.workbench;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The dismissed and snoozed workbench reminders of each member of staff. */
public interface ReminderMutes extends JpaRepository<ReminderMute, Long> {

	List<ReminderMute> findByUserName(String userName);

	Optional<ReminderMute> findByUserNameAndReminderKey(String userName, String reminderKey);
}
