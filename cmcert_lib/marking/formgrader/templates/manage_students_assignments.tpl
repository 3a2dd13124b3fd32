{%- extends 'manage_students_base.tpl' -%}

{%- block head -%}
<script>
var student_id = "{{ student_id }}";
</script>

<script src="{{ base_url }}/cmcert-formgrader/static/js/manage_students_assignments.js"></script>
{%- endblock head -%}

{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/manage_students">Candidats</a></li>
  <li class="active">{{ student_id }}</li>
</ol>
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th>Devoir</th>
  <th class="text-center">Note globale</th>
  <th class="text-center">Note code</th>
  <th class="text-center">Note rédaction</th>
  <th class="text-center">Note tâche</th>
  <th class="text-center">À corriger à la main ?</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr><td colspan="5">Chargement, veuillez patienter…</td></tr>
{%- endblock -%}
