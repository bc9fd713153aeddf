package uk.sexualsafety.cop.bench.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One browser tab's side of Vaadin's UIDL protocol, as far as a virtual member needs it: the UI's id and security
 * key from the init answer, the server's sync id and the client's message id, which must follow each other exactly,
 * and the state nodes that carry a DOM id, so that a step can click a button by the id the view gave it. Each answer
 * is checked for what Vaadin says when a request was not understood (a resynchronisation, an expired session, an
 * application error).
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Vaadin prefixes each answer against JSON hijacking. */
    private static final String PREFIX = "for(;;);";
    /** The UI itself is always state node 1; the router's events go to it. */
    private static final int UI_NODE = 1;

    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private int uiId = -1;
    private String securityKey;
    private int serverSyncId = -1;
    private int clientId;
    private String lastAnswer = "nothing yet";

    /** The answer to {@code ?v-r=init}: a new UI with its first view. */
    void init(String answer) {
        JsonNode config = read(answer).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || securityKey == null) {
            throw new IllegalStateException("the init answer named no UI or security key");
        }
        nodesById.clear();
        texts.clear();
        clientId = 0;
        apply(uidl);
    }

    /** The answer to a UIDL request. */
    void accept(String answer) {
        String body = answer.startsWith(PREFIX) ? answer.substring(PREFIX.length()) : answer;
        JsonNode root = read(body);
        JsonNode uidl = root.isArray() ? root.path(0) : root;
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false) || meta.has("appError")) {
            throw new IllegalStateException("Vaadin answered with " + meta);
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new IllegalStateException("Vaadin asked to resynchronise: a message was lost or out of order");
        }
        apply(uidl);
    }

    String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    boolean has(String id) {
        return nodesById.containsKey(id);
    }

    /** Whether some text node of the page, as changed so far, matches. */
    boolean showsText(Pattern pattern) {
        return texts.values().stream().anyMatch(text -> pattern.matcher(text).find());
    }

    /** A router navigation, as the browser sends it when a link inside the application is followed. */
    String navigate(String route, String query) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", clientId);
        data.put("trigger", "");
        return message(event(UI_NODE, "ui-navigate", data));
    }

    /**
     * The beacon a browser sends as it leaves the page (the sign-in form posts natively, a full page load): the
     * server closes this UI at once instead of keeping it until its heartbeats are missed.
     */
    String unload() {
        ObjectNode message = (ObjectNode) read(message());
        message.put("UNLOAD", true);
        return message.toString();
    }

    /** A click on the component with this id. */
    String click(String id) {
        ObjectNode data = JSON.createObjectNode();
        for (String coordinate : new String[] {"screenX", "screenY", "clientX", "clientY", "button"}) {
            data.put("event." + coordinate, 0);
        }
        data.put("event.detail", 1);
        for (String key : new String[] {"ctrlKey", "shiftKey", "altKey", "metaKey"}) {
            data.put("event." + key, false);
        }
        return message(event(node(id), "click", data));
    }

    /** A field's new value, sent when it changes (Vaadin's default: on the change event). */
    String type(String id, String value) {
        int node = node(id);
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        return message(sync, event(node, "change", JSON.createObjectNode()));
    }

    /** Enter pressed in a field: its keydown listener receives the text in the field. */
    String enter(String id, String filter, String value) {
        ObjectNode data = JSON.createObjectNode();
        data.put(filter, true);
        data.put("event.key", "Enter");
        data.put("event.target.value", value);
        return message(event(node(id), "keydown", data));
    }

    private int node(String id) {
        Integer node = nodesById.get(id);
        if (node == null) {
            throw new IllegalStateException("no component with id " + id + " on the page");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private String message(ObjectNode... invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", serverSyncId);
        message.put("clientId", clientId++);
        return message.toString();
    }

    /** What the last answer changed, by its ids and short texts, for an error's message. */
    String lastAnswer() {
        return lastAnswer;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            serverSyncId = uidl.get("syncId").asInt();
        }
        StringBuilder summary = new StringBuilder("sync " + serverSyncId + ", " + uidl.path("changes").size()
                + " changes:");
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asText())) {
                continue;
            }
            int node = change.path("node").asInt();
            String key = change.path("key").asText();
            JsonNode value = change.path("value");
            if ("id".equals(key) && value.isTextual()) {
                nodesById.put(value.asText(), node);
                summary.append(" #").append(value.asText());
            } else if ("text".equals(key) && value.isTextual()) {
                texts.put(node, value.asText());
                summary.append(" '").append(value.asText(), 0, Math.min(30, value.asText().length())).append('\'');
            }
        }
        lastAnswer = summary.length() > 600 ? summary.substring(0, 600) + "..." : summary.toString();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("an answer that is not JSON", unreadable);
        }
    }
}
