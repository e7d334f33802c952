package org.xeploai.webui.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.xeploai.engine.Xeploai;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The engine, the clock that decides the latest evaluation year, and the threads runs classify on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class EngineConfiguration {

    /** {@code xeploai.today} (yyyy-mm-dd) fixes "today" as {@code XEPLOAI_TODAY} does for the command line. */
    @Bean
    Clock clock(@Value("${xeploai.today:}") String today) {
        if (today == null || today.isBlank()) {
            return Clock.systemDefaultZone();
        }
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDate.parse(today.strip()).atStartOfDay(zone).plusHours(12).toInstant(), zone);
    }

    @Bean
    Xeploai xeploai(Clock clock) {
        return Xeploai.create(clock);
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor runExecutor(XeploaiWebProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int threads = Math.max(1, properties.runs().parallel());
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("xeploai-run-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
