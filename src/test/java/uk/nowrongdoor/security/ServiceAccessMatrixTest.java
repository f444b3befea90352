package uk.nowrongdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.testsupport.Staff;

/**
 * The service half of "who may do what", through the real beans and their method security: every public method of the
 * app's own beans that names the roles allowed to call it is called as an anonymous visitor and as each staff role it
 * does not name, and every such call must be refused before the method runs. A method that forgot its annotation is
 * not caught here but by each service's own tests; a new role added to a list is caught at once.
 */
@SpringBootTest
@ActiveProfiles("test")
class ServiceAccessMatrixTest {

    /** Each staff role as a persona: partners as members of a made-up organisation, the others partnership-wide. */
    static final Map<String, StaffPrincipal> PERSONAS = new LinkedHashMap<>();

    static {
        PERSONAS.put(AppRoles.PARTNER, Staff.memberOf(AppRoles.PARTNER, 987_654L));
        PERSONAS.put(AppRoles.COORDINATOR, Staff.partnershipWide(AppRoles.COORDINATOR));
        PERSONAS.put(AppRoles.COMPLAINTS_LEAD, Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD));
        PERSONAS.put(AppRoles.ADMIN, Staff.partnershipWide(AppRoles.ADMIN));
    }

    @Autowired
    ConfigurableApplicationContext context;

    @AfterEach
    void signOut() {
        Staff.signOut();
    }

    @Test
    void every_method_limited_to_roles_refuses_anonymous_callers_and_every_role_it_does_not_name() throws Exception {
        var checked = new TreeSet<String>();
        var notRefused = new ArrayList<String>();
        var factory = context.getBeanFactory();
        for (String name : factory.getBeanDefinitionNames()) {
            if (!factory.getBeanDefinition(name).isSingleton()
                    || factory.getBeanDefinition(name).isAbstract()) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> target = AopUtils.getTargetClass(bean);
            if (!target.getPackageName().startsWith("uk.nowrongdoor")) {
                continue;
            }
            for (Method method : target.getDeclaredMethods()) {
                RolesAllowed allowed = rolesAllowed(target, method);
                if (allowed == null || !Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String label = target.getSimpleName() + "." + method.getName();
                Method callable = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
                Set<String> roles = Set.of(allowed.value());
                checked.add(label + " " + roles);
                Staff.signOut();
                if (!refused(bean, callable)) {
                    notRefused.add(label + " as an anonymous visitor");
                }
                for (var persona : PERSONAS.entrySet()) {
                    if (roles.contains(persona.getKey())) {
                        continue;
                    }
                    Staff.signIn(persona.getValue());
                    if (!refused(bean, callable)) {
                        notRefused.add(label + " as " + persona.getKey());
                    }
                }
            }
        }
        System.out.println(
                "Service methods limited to roles, each refused to everyone else:\n  " + String.join("\n  ", checked));
        assertThat(notRefused).as("calls that were not refused").isEmpty();
        // the services of every staff feature are here: a count far below this means the scan found nothing
        assertThat(checked).hasSizeGreaterThan(60);
        assertThat(checked).anyMatch(m -> m.startsWith("ModerationService.approve"));
        assertThat(checked).anyMatch(m -> m.startsWith("TriageService.code"));
        assertThat(checked).anyMatch(m -> m.startsWith("CrisisLineService.change"));
    }

    private static RolesAllowed rolesAllowed(Class<?> target, Method method) {
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : target.getAnnotation(RolesAllowed.class);
    }

    /** Calls the method with empty arguments: method security must refuse it before the body sees them. */
    private static boolean refused(Object bean, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes())
                .map(ServiceAccessMatrixTest::empty)
                .toArray();
        try {
            method.invoke(bean, args);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AccessDeniedException || cause instanceof AuthenticationException;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return type == List.class ? List.of() : type == Set.class ? Set.of() : type == Map.class ? Map.of() : null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'x';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
