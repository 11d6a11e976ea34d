package io.tailor.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the database round trips of the request pool: every statement executed and every commit or
 * rollback. pgjdbc sends a transaction's BEGIN with its first statement, so these are the calls that
 * wait for PostgreSQL.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RoundTrips {

    private static final Set<String> TRIPS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "commit", "rollback");

    private final AtomicInteger count = new AtomicInteger();

    public int count() {
        return count.get();
    }

    @Bean
    static BeanPostProcessor countRoundTrips(RoundTrips trips) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return name.equals("dataSource") && bean instanceof DataSource pool ? trips.counting(pool) : bean;
            }
        };
    }

    private DataSource counting(DataSource pool) {
        return proxy(DataSource.class, pool);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces(target, type), handler);
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (TRIPS.contains(method.getName())) {
            count.incrementAndGet();
        }
        try {
            Object result = method.invoke(target, args);
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof java.sql.Statement statement && !(target instanceof java.sql.Statement)) {
                return proxy(java.sql.Statement.class, statement);
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Class<?>[] interfaces(Object target, Class<?> type) {
        if (target instanceof java.sql.CallableStatement) {
            return new Class<?>[] {java.sql.CallableStatement.class};
        }
        if (target instanceof java.sql.PreparedStatement) {
            return new Class<?>[] {java.sql.PreparedStatement.class};
        }
        return new Class<?>[] {type};
    }
}
