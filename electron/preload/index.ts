console.log('pre')
