console.log('tactful');
