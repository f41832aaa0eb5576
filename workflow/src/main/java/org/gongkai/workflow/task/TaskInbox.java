package org.gongkai.workflow.task;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The staff's access to user tasks. Every action checks that the task is the caller's (assigned to
 * them, or unassigned and offered to one of their candidate groups); when two people complete the
 * same task at once the engine's optimistic lock lets one win and the other gets
 * {@link TaskAlreadyCompleted}.
 */
@Service
public class TaskInbox {

	private final TaskService tasks;

	private final HistoryService history;

	private final IdentityService identity;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	/** Runs the look-ups and the completion of one task as single engine commands. */
	private final CommandExecutor commands;

	TaskInbox(TaskService tasks, HistoryService history, IdentityService identity, RuntimeService runtime,
			RepositoryService repository) {
		this.repository = repository;
		this.commands = ((ServiceImpl) tasks).getCommandExecutor();
		this.tasks = tasks;
		this.history = history;
		this.identity = identity;
		this.runtime = runtime;
	}

	/** Open tasks assigned to the caller or offered to their groups, oldest first. */
	public List<TaskView> inbox(Staff staff) {
		var open = tasks.createTaskQuery()
			.or()
			.taskAssignee(staff.userId())
			.taskCandidateGroupIn(staff.candidateGroups())
			.endOr()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, 500);
		return views(open);
	}

	public TaskView get(String taskId, Staff staff) {
		var found = commands.execute(context -> {
			var task = lookUp(context, taskId, staff);
			return task.yours() ? view(context, task.task()) : null;
		});
		if (found == null) {
			throw refused(taskId, staff);
		}
		return found;
	}

	/** Open tasks of one case (by business key), whoever holds them; for the case page. */
	public List<TaskView> openTasksOf(String processKey, String businessKey) {
		return views(tasks.createTaskQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.orderByTaskCreateTime()
			.asc()
			.list());
	}

	/**
	 * The candidate groups each task is offered to, by task id, for showing who may take it; one query
	 * per task, so for the few open tasks of one case, not for an inbox.
	 */
	public Map<String, List<String>> candidateGroups(List<TaskView> open) {
		var groups = new HashMap<String, List<String>>();
		for (var task : open) {
			groups.put(task.id(), tasks.getIdentityLinksForTask(task.id())
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLink::getGroupId)
				.distinct()
				.toList());
		}
		return groups;
	}

	/** Looks the business keys up in one query, not one per task. */
	private List<TaskView> views(List<Task> open) {
		if (open.isEmpty()) {
			return List.of();
		}
		var ids = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toCollection(HashSet::new));
		Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
			.processInstanceIds(ids)
			.list()
			.stream()
			.filter(pi -> pi.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		// definition ids are "key:version:uuid" only while that fits 64 characters (not for
		// CataloguePublicationProcess), so the key comes from the engine's deployment cache
		Map<String, String> keys = new HashMap<>();
		open.forEach(task -> keys.computeIfAbsent(task.getProcessDefinitionId(),
				id -> repository.getProcessDefinition(id).getKey()));
		return open.stream()
			.map(task -> view(task, keys.get(task.getProcessDefinitionId()), businessKeys.get(task.getProcessInstanceId())))
			.toList();
	}

	public void claim(String taskId, Staff staff) {
		var task = mine(taskId, staff);
		if (task.getAssignee() == null) {
			tasks.claim(taskId, staff.userId());
		}
	}

	public void release(String taskId, Staff staff) {
		var task = mine(taskId, staff);
		if (staff.userId().equals(task.getAssignee())) {
			tasks.setAssignee(taskId, null);
		}
	}

	/**
	 * Completes the task with the given decision variables, as the caller.
	 *
	 * <p>A review's verdict ({@value #VERDICT}) and opinion ({@value #OPINION}) count for the one task
	 * that was given them: an earlier task's are removed first, so a reviewer who sends no verdict gets
	 * {@link DecisionIncomplete} instead of silently repeating an earlier reviewer's approval (or return),
	 * and one who writes no opinion is not recorded with somebody else's.
	 * @throws DecisionIncomplete if the process needs a value the caller did not send; nothing is completed
	 */
	public void complete(String taskId, Staff staff, Map<String, Object> variables) {
		identity.setAuthentication(staff.userId(), staff.candidateGroups());
		try {
			// one command: the look-up, the check, the removal of an earlier task's decision and the completion
			boolean completed = commands.execute(context -> {
				var task = lookUp(context, taskId, staff);
				if (!task.yours()) {
					return false;
				}
				if (task.task().getExecutionId() != null) {
					var stale = PER_TASK.stream().filter(name -> !variables.containsKey(name)).toList();
					task.task().getExecution().removeVariables(stale);
				}
				new CompleteTaskCmd(taskId, variables).execute(context);
				return true;
			});
			if (!completed) {
				throw refused(taskId, staff);
			}
		}
		catch (OptimisticLockingException | NullValueException lost) {
			if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
				throw new TaskAlreadyCompleted(taskId);
			}
			throw lost;
		}
		catch (ProcessEngineException e) {
			if (rolledBackByTheDatabase(e)) {
				// two completions raced and the database chose this one as the deadlock victim
				throw new TaskAlreadyCompleted(taskId);
			}
			var refusal = refusal(e);
			if (refusal != null) {
				// a listener refused the decision (e.g. the secrecy review approved without every reply file)
				throw refusal;
			}
			var missing = missingVariable(e);
			if (missing != null) {
				// a gateway or listener read a decision the caller did not send; the completion was rolled back
				throw new DecisionIncomplete(taskId, missing, e);
			}
			throw e;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** The process variable every review gateway reads: true approves, false returns. */
	static final String VERDICT = "approved";

	/** The reviewer's written opinion or return reason. */
	static final String OPINION = "comment";

	private static final List<String> PER_TASK = List.of(VERDICT, OPINION);

	private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '([A-Za-z0-9_]+)'");

	/** The variable an expression could not find, if that is why the engine refused to go on. */
	private static String missingVariable(Throwable e) {
		for (var cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof PropertyNotFoundException && cause.getMessage() != null) {
				var matcher = UNRESOLVED.matcher(cause.getMessage());
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
		}
		return null;
	}

	/** The domain's refusal the engine wrapped, if a listener refused the completion. */
	private static RuntimeException refusal(Throwable e) {
		for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof org.gongkai.workflow.Refusal && cause instanceof RuntimeException fact) {
				return fact;
			}
		}
		return null;
	}

	private static boolean rolledBackByTheDatabase(Throwable e) {
		for (var cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (cause instanceof BatchUpdateException batch && batch.getNextException() != null
					&& rolledBackByTheDatabase(batch.getNextException())) {
				return true;
			}
			if (cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private Task mine(String taskId, Staff staff) {
		var task = commands.execute(context -> lookUp(context, taskId, staff));
		if (!task.yours()) {
			throw refused(taskId, staff);
		}
		return task.task();
	}

	/** An open task as the engine holds it, and whether it is the caller's. */
	private record LookUp(TaskEntity task, boolean yours) {
	}

	/**
	 * The task by its id and, unless it is assigned to the caller, its candidate groups: two selects by
	 * key. (A {@code TaskQuery} builds its dynamic SQL through OGNL on every call, which cost more than
	 * the queries themselves.) A task that is not open, not assigned to the caller, or assigned to
	 * nobody but offered to none of their groups, is not theirs.
	 */
	private static LookUp lookUp(CommandContext context, String taskId, Staff staff) {
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			return new LookUp(null, false);
		}
		if (staff.userId().equals(task.getAssignee())) {
			return new LookUp(task, true);
		}
		if (task.getAssignee() != null) {
			return new LookUp(task, false);
		}
		var groups = new HashSet<>(staff.candidateGroups());
		boolean offered = task.getIdentityLinks()
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
		return new LookUp(task, offered);
	}

	/** Why the task is not the caller's to act on: gone (completed, or never there), or somebody else's. */
	private RuntimeException refused(String taskId, Staff staff) {
		if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
			return new TaskNotYours(taskId, staff.userId());
		}
		boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
		return existed ? new TaskAlreadyCompleted(taskId) : new TaskNotFound(taskId);
	}

	/** The view of a task inside a command: its process's key from the deployment cache, the business key by id. */
	private static TaskView view(CommandContext context, TaskEntity task) {
		String processKey = null;
		String businessKey = null;
		if (task.getProcessDefinitionId() != null) {
			processKey = context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedProcessDefinitionById(task.getProcessDefinitionId())
				.getKey();
		}
		if (task.getProcessInstanceId() != null) {
			var instance = context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
			businessKey = instance == null ? null : instance.getBusinessKey();
		}
		return view(task, processKey, businessKey);
	}

	private static TaskView view(Task task, String processKey, String businessKey) {
		return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(),
				processKey, businessKey, task.getAssignee(), task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant());
	}
}
