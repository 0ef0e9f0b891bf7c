# gem installs.
FROM ruby:3.3.6-slim-bookworm
# want-next: PL-DF-031
RUN gem install --no-document bundler
RUN gem install --no-document bundler -v 2.5.22 && gem install foreman:0.88.1
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
USER 1000
CMD ["bundle", "exec", "foreman", "start"]
