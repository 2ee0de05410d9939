{{- define "prism.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "prism.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "prism.selectorLabels" -}}
app.kubernetes.io/name: {{ include "prism.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "prism.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "prism.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "prism.image" -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion -}}
{{- if .Values.gpu.enabled -}}
{{- $tag = .Values.image.gpuTag | default (printf "%s-gpu" $tag) -}}
{{- end -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}

{{- define "prism.redisUrl" -}}
{{- if eq .Values.cache.redis "internal" -}}
{{- printf "redis://%s-redis:6379/0" (include "prism.fullname" .) -}}
{{- else -}}
{{- .Values.cache.externalUrl -}}
{{- end -}}
{{- end -}}

{{- /*
Prism's config: values.config with the settings the chart controls set on top. `set` (not
mergeOverwrite) so that false and 0 override the user's values too.
*/ -}}
{{- define "prism.config" -}}
{{- $v := .Values -}}
{{- $cfg := deepCopy $v.config -}}
{{- $server := deepCopy (default (dict) $cfg.server) -}}
{{- $_ := set $server "admin_host" "0.0.0.0" -}}
{{- $_ = set $server "admin_port" $v.adminPort -}}
{{- $_ = set $server "drain_delay_s" $v.drainDelaySeconds -}}
{{- if eq $v.extproc.transport "uds" -}}
{{- $_ = set $server "grpc_uds" (printf "%s/ext_proc.sock" $v.extproc.socketDir) -}}
{{- $_ = set $server "grpc_port" 0 -}}
{{- else -}}
{{- $_ = set $server "grpc_uds" "" -}}
{{- $_ = set $server "grpc_host" "0.0.0.0" -}}
{{- $_ = set $server "grpc_port" $v.extproc.grpcPort -}}
{{- end -}}
{{- $_ = set $cfg "server" $server -}}
{{- $envoy := deepCopy (default (dict) $cfg.envoy) -}}
{{- $_ = set $envoy "listener_host" "0.0.0.0" -}}
{{- $_ = set $envoy "listener_port" $v.envoy.port -}}
{{- $_ = set $envoy "admin_port" $v.envoy.adminPort -}}
{{- $_ = set $envoy "ready_port" $v.envoy.readyPort -}}
{{- $_ = set $envoy "message_timeout_ms" $v.envoy.messageTimeoutMs -}}
{{- $_ = set $envoy "max_message_timeout_ms" $v.envoy.maxMessageTimeoutMs -}}
{{- $_ = set $envoy "failure_mode_allow" $v.envoy.failureModeAllow -}}
{{- $_ = set $envoy "extproc_target" "" -}}
{{- $_ = set $cfg "envoy" $envoy -}}
{{- if ne $v.cache.redis "none" -}}
{{- $cache := deepCopy (default (dict) $cfg.cache) -}}
{{- $_ = set $cache "backend" "redis" -}}
{{- $_ = set $cache "redis_url" (include "prism.redisUrl" .) -}}
{{- if $v.cache.passwordSecret.name -}}
{{- $_ = set $cache "redis_password_env" "PRISM_REDIS_PASSWORD" -}}
{{- end -}}
{{- $_ = set $cfg "cache" $cache -}}
{{- end -}}
{{- if $v.gpu.enabled -}}
{{- $cls := deepCopy (default (dict) $cfg.classifiers) -}}
{{- $_ = set $cls "providers" (list "CUDAExecutionProvider" "CPUExecutionProvider") -}}
{{- if not (hasKey $cls "precision") -}}
{{- $_ = set $cls "precision" "float" -}}
{{- end -}}
{{- $_ = set $cfg "classifiers" $cls -}}
{{- end -}}
{{- if $v.telemetry.enabled -}}
{{- $tel := dict "enabled" true "endpoint" $v.telemetry.otlpEndpoint "service_name" $v.telemetry.serviceName -}}
{{- $_ = set $cfg "telemetry" $tel -}}
{{- else -}}
{{- $_ = unset $cfg "telemetry" -}}
{{- end -}}
{{- toYaml $cfg -}}
{{- end -}}
