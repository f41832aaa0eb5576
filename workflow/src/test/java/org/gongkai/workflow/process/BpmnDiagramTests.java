package org.gongkai.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every process we deploy can be read by people: Cockpit and the Modeler draw a process only from
 * its diagram interchange, so each flow node needs a shape and each sequence flow an edge; and every
 * process sets {@code historyTimeToLive}, or its history is never cleaned up.
 */
class BpmnDiagramTests {

	static Stream<Resource> processes() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
		assertThat(found).as("BPMN files on the class path").isNotEmpty();
		return Arrays.stream(found);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("processes")
	void drawsEveryElement(Resource bpmn) throws IOException {
		BpmnModelInstance model = read(bpmn);
		List<String> shapes = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.map(BpmnShape::getBpmnElement)
			.map(BaseElement::getId)
			.toList();
		List<String> edges = model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.map(BpmnEdge::getBpmnElement)
			.map(BaseElement::getId)
			.toList();
		List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId).toList();
		List<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId).toList();
		assertThat(shapes).as("shapes in %s", bpmn.getFilename()).containsAll(nodes);
		assertThat(edges).as("edges in %s", bpmn.getFilename()).containsAll(flows);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("processes")
	void limitsHowLongHistoryIsKept(Resource bpmn) throws IOException {
		for (Process process : read(bpmn).getModelElementsByType(Process.class)) {
			assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
				.isNotBlank();
		}
	}

	private static BpmnModelInstance read(Resource bpmn) throws IOException {
		try (InputStream in = bpmn.getInputStream()) {
			return Bpmn.readModelFromStream(in);
		}
	}

}
